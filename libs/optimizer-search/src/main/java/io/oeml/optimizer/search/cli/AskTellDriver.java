package io.oeml.optimizer.search.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;

/**
 * The strategies as a JSON-lines process, so that a benchmark outside the JVM (deploy/bench/optimizer) drives exactly
 * the code the service runs. One request per stdin line ({@code create}, {@code ask}, {@code tell}), one answer per
 * stdout line; a bad request gets {@code {"error": "..."}} and the driver reads on. Ends at the end of input.
 */
public final class AskTellDriver {

    static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private final DriverSession session = new DriverSession();

    public static void main(String[] args) throws IOException {
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        new AskTellDriver().run(in, new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    }

    /** Answers every non-blank line of {@code in} on {@code out}, flushing each answer (the client waits for it). */
    void run(BufferedReader in, Writer out) throws IOException {
        PrintWriter writer = new PrintWriter(out);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank()) {
                writer.println(JSON.writeValueAsString(answer(line)));
                writer.flush();
            }
        }
    }

    DriverAnswer answer(String line) {
        try {
            return JSON.readValue(line, DriverRequest.class).applyTo(session);
        } catch (InvalidTypeIdException e) {
            return new DriverAnswer.Failed(e.getTypeId() == null
                    ? "a request needs an op (create, ask or tell)"
                    : "unknown op '" + e.getTypeId() + "' (known: create, ask, tell)");
        } catch (JsonProcessingException e) {
            return new DriverAnswer.Failed("malformed request: " + e.getOriginalMessage());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return new DriverAnswer.Failed(e.getMessage());
        } catch (RuntimeException e) {
            // A strategy's own failure: the client sees it as an error answer; the trace goes to stderr for whoever
            // debugs it, and the driver stays up for the next session.
            e.printStackTrace();
            return new DriverAnswer.Failed("internal error: " + e);
        }
    }
}
