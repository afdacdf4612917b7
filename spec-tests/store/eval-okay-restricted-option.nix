# --option restrict-eval true is the same as --restrict-eval
builtins.getEnv "HOME"
