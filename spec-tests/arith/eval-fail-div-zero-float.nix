# float division by zero is also an error
1.0 / 0.0
