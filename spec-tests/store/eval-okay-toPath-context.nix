# toPath keeps the string context
builtins.getContext (builtins.toPath "${../../fixtures/store/data.txt}/x")
