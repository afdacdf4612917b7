# A string without context has an empty context.
builtins.getContext "plain"
