# fetchurl with a matching sha256
builtins.fetchurl { url = "file://${toString ../../fixtures/store}/data.txt"; sha256 = "03yi6skp20nqm5bl168fjsbkmk16js94g8gvcs8mfdkmqyb3z82s"; }
