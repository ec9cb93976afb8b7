package io.oeml.finetune.dataset.store;

import static io.oeml.finetune.dataset.Fixtures.write;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.oeml.finetune.dataset.DatasetException;

/** A training_data_path is read only when it resolves, links followed, to a regular file inside a data root. */
class DataRootsTest {

    @TempDir
    Path base;

    private Path data;
    private Path store;
    private DataRoots roots;

    @BeforeEach
    void roots() throws IOException {
        data = Files.createDirectories(base.resolve("data"));
        store = Files.createDirectories(base.resolve("datasets"));
        roots = new DataRoots(new RootsConfig(store, List.of(data, store)));
    }

    @Test
    void aFileInARootResolvesToItsRealPath() throws IOException {
        Path file = write(data.resolve("sub/train.jsonl"), "{}");

        assertEquals(file.toRealPath(), roots.resolve("sub/train.jsonl"));
    }

    @Test
    void anAbsolutePathInASecondRootResolves() throws IOException {
        Path file = write(store.resolve("mine.jsonl"), "{}");

        assertEquals(file.toRealPath(), roots.resolve(file.toString()));
    }

    @Test
    void traversalOutOfTheRootsIsRefusedNamingTheRoots() {
        DatasetException refused = assertThrows(DatasetException.class, () -> roots.resolve("../../etc/passwd"));

        assertEquals(DataRoots.OUTSIDE_ROOTS, refused.code());
        assertEquals(400, refused.status());
        assertThat(refused.getMessage(), containsString(data.toString()));
    }

    @Test
    void anAbsolutePathOutsideIsRefused() {
        assertEquals(DataRoots.OUTSIDE_ROOTS, assertThrows(DatasetException.class,
                () -> roots.resolve("/etc/passwd")).code());
    }

    @Test
    void aLinkPointingOutOfTheRootIsRefusedWithoutSayingWhereItLeads() throws IOException {
        Path outside = write(base.resolve("secret/keys.txt"), "secret");
        Files.createSymbolicLink(data.resolve("innocent.jsonl"), outside);

        DatasetException refused = assertThrows(DatasetException.class, () -> roots.resolve("innocent.jsonl"));

        assertEquals(DataRoots.OUTSIDE_ROOTS, refused.code());
        assertThat(refused.getMessage(), not(containsString("secret")));
    }

    @Test
    void aLinkedDirectoryOutOfTheRootIsRefused() throws IOException {
        write(base.resolve("elsewhere/train.jsonl"), "{}");
        Files.createSymbolicLink(data.resolve("linked"), base.resolve("elsewhere"));

        assertEquals(DataRoots.OUTSIDE_ROOTS, assertThrows(DatasetException.class,
                () -> roots.resolve("linked/train.jsonl")).code());
    }

    @Test
    void aMissingFileIsNotFound() {
        DatasetException refused = assertThrows(DatasetException.class, () -> roots.resolve("nothing.jsonl"));

        assertEquals(DataRoots.NOT_FOUND, refused.code());
        assertEquals(400, refused.status());
    }

    @Test
    void aDirectoryIsNotAFile() throws IOException {
        Files.createDirectories(data.resolve("folder"));

        assertEquals(DataRoots.NOT_FOUND, assertThrows(DatasetException.class, () -> roots.resolve("folder")).code());
    }

    @Test
    void theStoresOwnBlobsAreReadOnlyAsStoredDatasets() {
        write(store.resolve("blobs/" + "a".repeat(64)), "{}");

        DatasetException refused = assertThrows(DatasetException.class,
                () -> roots.resolve(store.resolve("blobs/" + "a".repeat(64)).toString()));

        assertEquals(DataRoots.OUTSIDE_ROOTS, refused.code());
        assertThat(refused.getMessage(), containsString("dataset:<id>"));
    }
}
