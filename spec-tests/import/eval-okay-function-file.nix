# import a file that evaluates to a function, then call it
import ../../fixtures/import/function.nix { a = 1; }
