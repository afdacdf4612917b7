# in a rec set, __overrides replaces attributes, and the other attributes see the replacement
rec { a = 1; b = a + 1; __overrides = { a = 10; }; }
