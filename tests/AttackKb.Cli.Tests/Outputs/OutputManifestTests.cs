namespace AttackKb.Cli.Tests.Outputs;

/// <summary>
/// The outputs of `attackkb build` — site, lint reports, STIX bundle — pinned for three knowledge bases: the default
/// KB, the hostile case and every Enterprise 18.1 technique with the shared Sigma rules. A manifest of SHA-256 per file
/// catches any byte that changes; a small golden copy of the default site's representative pages shows markup changes
/// as reviewable diffs. Refactors must leave both untouched; a deliberate output change regenerates them
/// (ATTACKKB_UPDATE_GOLDEN=1) and the diff is reviewed with the change.
/// </summary>
public class OutputManifestTests
{
    /// <summary>
    /// Pages of the default site kept as golden copies: one of each kind (assets are copies of site/assets, pinned by the
    /// manifest alone).
    /// </summary>
    private static readonly string[] GoldenPages =
    [
        "index.html", "matrix.html", "techniques/T1553.004.html", "techniques/T1587.003.html", "techniques/T1553.html",
        "detections/DET-AKB-0001.html", "detections/sigma/025d2278-ae6d-4899-9b87-3736087c685c.html",
        "attack/DET0056.html", "tests/T1553.004.html", "tactics/TA0005.html", "data-components/DC0093.html",
        "groups/G0016.html", "software/S0160.html", "campaigns/C0024.html", "mitigations/M1028.html",
    ];

    private static string Expected(params string[] parts) => RepoPaths.Cases("AttackKb.Cli.Tests", ["outputs", .. parts]);

    [Fact]
    public void Default_kb_outputs_are_pinned()
    {
        string output = Build(RepoPaths.Data, RepoPaths.Root);
        Golden.AssertMatches(Expected("default.sha256"), OutputManifest.Of(output));
        foreach (string page in GoldenPages)
            Golden.AssertMatches(Expected("default-site", page), File.ReadAllText(Path.Combine(output, page)));
    }

    [Fact]
    public void Hostile_kb_outputs_are_pinned()
    {
        string kb = RepoPaths.Cases("AttackKb.Site.Tests", "hostile", "kb");
        Golden.AssertMatches(Expected("hostile.sha256"), OutputManifest.Of(Build(kb, kb)));
    }

    [Trait("Category", "Slow")]
    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void All_techniques_kb_outputs_are_pinned()
    {
        string kb = AllTechniquesKb.Folder;
        Golden.AssertMatches(Expected("all-18.1.sha256"),
            OutputManifest.Of(Build(kb, kb, "--attack", Corpus.EnterpriseBundle)));
    }

    private static string Build(string kb, string pathBase, params string[] extra)
    {
        string output = Path.Combine(RepoPaths.TempFolder("outputs"), "out");
        var r = CliRunner.Run(["build", kb, "-o", output, "--path-base", pathBase, .. extra]);
        Assert.True(r.ExitCode is 0 or 1, r.Stderr);
        return output;
    }
}
