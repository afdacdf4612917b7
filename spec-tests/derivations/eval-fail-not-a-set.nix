# derivation takes a set.
derivation "hello"
