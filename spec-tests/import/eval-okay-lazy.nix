# importing does not force attributes that are not used
(import ../../fixtures/import/lazy-throw.nix).ok
