"""The relationship lifecycle: phase, playbook, history, complaints, warning signals and visits."""
