"""A realistic, fictional programme for trying the app and for screenshots and benchmarks."""
