# importing a directory imports its default.nix
(import ../../fixtures/import/dir).fromDir
