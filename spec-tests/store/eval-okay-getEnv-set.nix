# getEnv reads the environment (HOME is /fake-home for these fixtures)
builtins.getEnv "HOME"
