"""The national team's progress monitor towards the target: figures, charts, exports."""
