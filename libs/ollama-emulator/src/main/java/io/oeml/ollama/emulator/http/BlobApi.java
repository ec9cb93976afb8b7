package io.oeml.ollama.emulator.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;

import io.oeml.ollama.emulator.model.Digests;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code HEAD/POST /api/blobs/:digest}. Uploads stream to disk while their sha256 is computed; nothing is buffered,
 * so a blob of any size takes constant memory.
 */
final class BlobApi {

    private final EmulatorState state;

    BlobApi(EmulatorState state) {
        this.state = state;
    }

    void head(RoutingContext ctx) {
        String digest = ctx.pathParam("digest");
        if (!Digests.valid(digest)) {
            Replies.send(ctx, 400, null, io.vertx.core.buffer.Buffer.buffer(), 0);
            return;
        }
        Replies.send(ctx, state.blobs.exists(Digests.normalize(digest)) ? 200 : 404, null,
                io.vertx.core.buffer.Buffer.buffer(), 0);
    }

    void upload(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        String raw = ctx.pathParam("digest");
        if (!Digests.valid(raw)) {
            Replies.error(ctx, 400, "invalid digest format");
            return;
        }
        String digest = Digests.normalize(raw);
        if (state.blobs.exists(digest)) {
            req.handler(b -> { });
            req.endHandler(v -> Replies.emptyOk(ctx));
            req.resume();
            return;
        }
        Path partial = state.blobs.partial(digest);
        MessageDigest sha = Digests.sha256();
        req.pause();
        state.vertx.fileSystem().open(partial.toString(), new OpenOptions().setWrite(true).setCreate(true))
                .onFailure(e -> Replies.error(ctx, 500, e.getMessage()))
                .onSuccess(file -> receive(ctx, req, file, sha, partial, digest));
    }

    private void receive(RoutingContext ctx, HttpServerRequest req, AsyncFile file, MessageDigest sha, Path partial,
                         String digest) {
        req.handler(buf -> {
            sha.update(buf.getByteBuf().nioBuffer());
            file.write(buf);
            if (file.writeQueueFull()) {
                req.pause();
                file.drainHandler(v -> req.resume());
            }
        });
        req.exceptionHandler(e -> file.close().onComplete(v -> partial.toFile().delete()));
        req.endHandler(v -> file.close().onComplete(c -> {
            String got = "sha256:" + Digests.hex(sha.digest());
            if (!got.equals(digest)) {
                partial.toFile().delete();
                Replies.error(ctx, 400, "digest mismatch, expected \"" + digest + "\", got \"" + got + "\"");
                return;
            }
            try {
                Files.move(partial, state.blobs.path(digest), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                Replies.send(ctx, 201, null, io.vertx.core.buffer.Buffer.buffer(), 0);
            } catch (IOException e) {
                Replies.error(ctx, 500, e.getMessage());
            }
        }));
        req.resume();
    }
}
