namespace AttackKb.Cli.Tests.Properties;

/// <summary>One generated input: the path it is read as, its bytes, and how it was made (for the failure report).</summary>
public sealed record FuzzCase(string Path, byte[] Bytes, string How);
