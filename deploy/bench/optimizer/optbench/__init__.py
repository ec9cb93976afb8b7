"""Benchmark of the project's optimizer strategies against Optuna on identical functions (issue 12)."""
