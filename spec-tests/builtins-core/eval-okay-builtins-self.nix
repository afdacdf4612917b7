# builtins contains itself
builtins.builtins.builtins.isAttrs builtins
