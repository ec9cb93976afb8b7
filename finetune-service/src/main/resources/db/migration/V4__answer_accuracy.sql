-- Task accuracy of a deployed version (issue 13 item 6): the mean token-overlap F1 of the base's and of the tuned
-- model's answers to the validation prompts, measured through Ollama; null when nothing was measured.
ALTER TABLE model_version
    ADD COLUMN base_answer_accuracy  double precision,
    ADD COLUMN tuned_answer_accuracy double precision,
    ADD COLUMN answer_examples       integer CHECK (answer_examples >= 1);
