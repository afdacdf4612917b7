# builtins.add overflows like +
builtins.add 9223372036854775807 9223372036854775807
