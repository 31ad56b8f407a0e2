namespace AttackKb.Cli.Tests.Outputs;

/// <summary>
/// The scale KB: every Enterprise 18.1 technique imported as a note (by the CLI's own importer) plus the corpus's
/// Sigma rules. Built once per test run; tests only read it (outputs go elsewhere). Lint it with
/// <c>--attack</c> <see cref="Corpus.EnterpriseBundle"/>: the import pins the release it came from.
/// </summary>
internal static class AllTechniquesKb
{
    private static readonly Lazy<string> Kb = new(Create);

    /// <summary>The KB folder (needs the corpus).</summary>
    public static string Folder => Kb.Value;

    private static string Create()
    {
        string kb = Path.Combine(RepoPaths.TempFolder("all-18.1"), "kb");
        var import = CliRunner.Run("import", Corpus.EnterpriseBundle, "--all", "--to", Path.Combine(kb, "notes"), "--kb", kb);
        Assert.True(import.ExitCode == 0, import.Stderr);
        string sigma = Directory.CreateDirectory(Path.Combine(kb, "sigma")).FullName;
        foreach (string rule in Directory.GetFiles(Corpus.SigmaRules, "*.yml"))
            File.Copy(rule, Path.Combine(sigma, Path.GetFileName(rule)));
        return kb;
    }
}
