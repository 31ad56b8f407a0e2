global using AttackKb.Testing;
