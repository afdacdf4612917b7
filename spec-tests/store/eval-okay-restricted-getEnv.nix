# restricted mode: getEnv gives the empty string
builtins.getEnv "HOME"
