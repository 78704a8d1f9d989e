print("werkbank-bench: not written yet")
