package io.oeml.finetune.dataset.validation;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.oeml.finetune.dataset.ChatMessage;
import io.oeml.finetune.dataset.format.Example;

/** Converted examples as the trainers read them: {@code {"messages":[{"role":..,"content":..}]}} a line. */
final class ChatJsonlWriter implements Closeable {

    private static final JsonFactory JSON = new JsonFactory();

    private final OutputStream out;
    private final JsonGenerator generator;

    ChatJsonlWriter(Path file) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
        this.generator = JSON.createGenerator(out, JsonEncoding.UTF8);
        generator.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        generator.setRootValueSeparator(null); // the newline is written here, after each object
    }

    void write(Example example) throws IOException {
        generator.writeStartObject();
        generator.writeArrayFieldStart("messages");
        for (ChatMessage turn : example.messages()) {
            generator.writeStartObject();
            generator.writeStringField("role", turn.role());
            generator.writeStringField("content", turn.content());
            generator.writeEndObject();
        }
        generator.writeEndArray();
        generator.writeEndObject();
        generator.flush();
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        generator.close();
        out.close();
    }
}
