package io.oeml.ollama.client;

/**
 * The host a contract run talks to, and the models it uses there.
 *
 * @param emulator true for the OllamaEmulator: exact figures can be asserted there
 * @param thinkingModel a model with the "thinking" capability, or null (those tests are then skipped)
 * @param embedModel a model to embed with
 * @param noEmbedModel a completion model whose engine has no embeddings (a real Ollama answers 501), or null
 * @param pullModel a model the host can pull, or null (pull tests skipped on a real host unless configured)
 */
record ContractTarget(OllamaClient client, boolean emulator, String model, String thinkingModel, String embedModel,
                      String noEmbedModel, String pullModel) {

    /** Runs exact checks on the emulator; on a real host says which expectation it cannot know. */
    void emulatorOnly(String whatARealHostDecides, Runnable exactChecks) {
        if (emulator) {
            exactChecks.run();
        } else {
            System.out.println("[contract] not asserted on a real host (the emulator cannot know it): "
                    + whatARealHostDecides);
        }
    }
}
