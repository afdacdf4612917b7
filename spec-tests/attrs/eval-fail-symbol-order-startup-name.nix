# `name` is one of C++ Nix's start-up names, so it is forced before `aa`.
{ aa = throw "aa"; name = throw "name first"; }
