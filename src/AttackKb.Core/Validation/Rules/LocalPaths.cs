namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// Link targets that name a file of the writer's computer rather than of the knowledge base: <c>file:</c> URLs,
/// absolute paths (<c>/etc/passwd</c>), drive paths (<c>C:\…</c>, <c>C:/…</c>) and UNC paths
/// (<c>\\server\share</c>, <c>//server/share</c>).
/// </summary>
internal static class LocalPaths
{
    /// <summary>What kind of local path the target is ("an absolute path"…), or null when it is none.</summary>
    public static string? Describe(string target)
    {
        if (target.StartsWith("file:", StringComparison.OrdinalIgnoreCase)) return "a file: URL";
        if (target.StartsWith(@"\\", StringComparison.Ordinal) || target.StartsWith("//", StringComparison.Ordinal)
            || target.StartsWith(@"/\", StringComparison.Ordinal) || target.StartsWith(@"\/", StringComparison.Ordinal))
            return "a UNC path";
        if (target.Length >= 3 && char.IsAsciiLetter(target[0]) && target[1] == ':' && target[2] is '\\' or '/')
            return "a Windows drive path";
        if (target.StartsWith('/') || target.StartsWith('\\')) return "an absolute path";
        return null;
    }
}
