namespace AttackKb.Notes.Yaml;

/// <summary>
/// Bounds that keep hostile YAML (alias bombs, deep nesting, huge documents) from taking the run down.
/// </summary>
public sealed record YamlLimits(int MaxDepth = 64, int MaxNodes = 200_000, int MaxAliasExpansion = 10_000)
{
    public static readonly YamlLimits Default = new();
}
