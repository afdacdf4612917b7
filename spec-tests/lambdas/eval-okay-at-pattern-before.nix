# args @ before the pattern binds the whole argument
(args@{ a, ... }: [ a args.b ]) { a = 1; b = 2; }
