# the @ binding holds the argument as passed, without defaults
(args@{ a ? 1, ... }: args) { b = 2; }
