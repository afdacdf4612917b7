# args @ after the pattern binds the whole argument
({ a, ... }@args: [ a args.b ]) { a = 1; b = 2; }
