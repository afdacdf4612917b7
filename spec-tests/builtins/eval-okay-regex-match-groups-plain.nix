# match: the groups carry no context
map (g: builtins.compareVersions g "1") (builtins.match "(.*)-(.*)" "${../../fixtures/paths/data.txt}")
