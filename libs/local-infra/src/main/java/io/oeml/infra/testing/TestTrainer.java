package io.oeml.infra.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.oeml.infra.InfraException;
import io.oeml.infra.trainer.TrainerBuild;

/**
 * The real {@code oeml-trainer} of one test JVM and a small real chat dataset for it. The binary is the one at
 * {@code OEML_TRAINER_BINARY} when that is set, otherwise {@link TrainerBuild}'s, built from the {@code trainer/} of
 * the checkout the tests run in (found by walking up from the working directory, which Maven sets to the module) or
 * taken from the machine's cache.
 */
public final class TestTrainer {

    private static final String DATA = "/io/oeml/infra/testing/trainer/";
    private static final int TRAIN_EXAMPLES = 24;
    private static final int VAL_EXAMPLES = 6;
    private static Path binary;

    private TestTrainer() {
    }

    public static synchronized Path binary() {
        if (binary == null) {
            String external = System.getenv("OEML_TRAINER_BINARY");
            binary = external != null && !external.isBlank() ? Path.of(external)
                    : TrainerBuild.binary(repositoryRoot(Path.of("").toAbsolutePath()));
        }
        return binary;
    }

    /**
     * 24 training and 6 validation conversations (system, user, assistant) about baking sourdough, in the trainer's
     * {@code {"messages":[...]}} JSONL, written into {@code dir}: about 1550 and 390 smollm2-135m tokens, 7 and 2
     * windows of 256.
     */
    public static ChatData chatData(Path dir) {
        return chatData(dir, TRAIN_EXAMPLES);
    }

    /** The same with only the first {@code trainExamples} training conversations, for a shorter run. */
    public static ChatData chatData(Path dir, int trainExamples) {
        if (trainExamples < 1 || trainExamples > TRAIN_EXAMPLES) {
            throw new IllegalArgumentException("the dataset has 1 to " + TRAIN_EXAMPLES + " training examples");
        }
        List<String> train = resource("train.jsonl").lines().limit(trainExamples).toList();
        return new ChatData(write(dir.resolve("train.jsonl"), train), write(dir.resolve("val.jsonl"),
                resource("val.jsonl").lines().toList()), trainExamples, VAL_EXAMPLES);
    }

    /** Two JSONL files and how many conversations each holds. */
    public record ChatData(Path train, Path val, int trainExamples, int valExamples) {
    }

    /** The nearest directory at or above {@code start} with {@code trainer/CMakeLists.txt}. */
    static Path repositoryRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("trainer").resolve("CMakeLists.txt"))) {
                return dir;
            }
        }
        throw new InfraException("no trainer/CMakeLists.txt at or above " + start
                + ": run the tests inside the checkout, or set OEML_TRAINER_BINARY");
    }

    private static String resource(String name) {
        try (InputStream in = TestTrainer.class.getResourceAsStream(DATA + name)) {
            if (in == null) {
                throw new InfraException("resource " + DATA + name + " is missing from local-infra");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InfraException("cannot read resource " + DATA + name, e);
        }
    }

    private static Path write(Path target, List<String> lines) {
        try {
            return Files.write(target, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InfraException("cannot write " + target, e);
        }
    }
}
