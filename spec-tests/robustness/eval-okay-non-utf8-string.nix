[ (builtins.stringLength "ÿþ") "aÿb" (builtins.stringLength ''Ã'') "Ã©" ]
