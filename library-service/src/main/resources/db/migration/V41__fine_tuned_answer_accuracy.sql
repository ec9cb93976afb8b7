-- The answers' accuracy of a fine-tuned model and its base on the job's validation prompts (ModelDeployed's
-- answer_accuracy): the mean token-overlap F1 of their replies, measured through Ollama; null when not measured.
ALTER TABLE fine_tuned_model
    ADD COLUMN base_answer_accuracy  double precision,
    ADD COLUMN tuned_answer_accuracy double precision,
    ADD COLUMN answer_examples       integer;
