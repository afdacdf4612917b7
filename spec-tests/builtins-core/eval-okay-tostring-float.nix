# toString of floats uses six decimal places
[ (toString 0.1) (toString 1.0) (toString 1.5e3) (toString 3.14159265) (toString 1.0e-7) (toString 123456789.0) ]
