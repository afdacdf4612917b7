# --eval-system overrides --system
builtins.currentSystem
