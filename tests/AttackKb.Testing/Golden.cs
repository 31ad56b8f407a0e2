namespace AttackKb.Testing;

/// <summary>
/// Golden files: compare output with an expected file; with ATTACKKB_UPDATE_GOLDEN=1 write it instead (then review
/// the diff in git). Newlines are compared as written: goldens are LF.
/// </summary>
public static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("ATTACKKB_UPDATE_GOLDEN") is "1" or "true";

    public static void AssertMatches(string expectedPath, string actual)
    {
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"golden file missing: {expectedPath} (run with ATTACKKB_UPDATE_GOLDEN=1 to create it, then review)");
        string expected = File.ReadAllText(expectedPath);
        if (expected != actual)
        {
            string actualPath = expectedPath + ".actual";
            File.WriteAllText(actualPath, actual);
            Assert.Fail($"output differs from {expectedPath}; actual written to {actualPath}\n{FirstDifference(expected, actual)}");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string el = i < e.Length ? e[i] : "<end>";
            string al = i < a.Length ? a[i] : "<end>";
            if (el != al) return $"line {i + 1}:\n  expected: {el}\n  actual:   {al}";
        }
        return "";
    }
}
