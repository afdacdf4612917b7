# restricted mode keeps currentSystem and currentTime
[ (builtins ? currentSystem) (builtins ? currentTime) ]
