namespace AttackKb.Cli.Tests.Ci;

/// <summary>
/// A KB that `import` creates outside any KB pins the release it came from, so it lints clean on its own; and without
/// a pinned release every ATT&amp;CK-dependent check is skipped, detection strategies included.
/// </summary>
public class ImportPinTests
{
    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Import_into_a_new_folder_pins_the_release_and_the_new_kb_lints_clean()
    {
        string kb = Path.Combine(RepoPaths.TempFolder("import-pin"), "newkb");
        var import = CliRunner.Run("import", Corpus.CertificatesSubset, "--all", "--with-detections", "--to", kb);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("created ", import.Stdout);
        string config = File.ReadAllText(Path.Combine(kb, "attackkb.json"));
        Assert.Contains("\"attack\": \"attack/certificates-subset.catalog.json\"", config);
        Assert.True(File.Exists(Path.Combine(kb, "attack", "certificates-subset.catalog.json")));

        var pinned = CliRunner.Run("lint", kb);
        Assert.Equal(0, pinned.ExitCode);
        Assert.DoesNotContain("AKB9002", pinned.Stdout);

        // The same notes with no release: every ATT&CK check is skipped, none half-run.
        File.Delete(Path.Combine(kb, "attackkb.json"));
        var unpinned = CliRunner.Run("lint", kb);
        Assert.Contains("AKB9002", unpinned.Stdout);
        Assert.DoesNotContain(": error ", unpinned.Stdout);
        Assert.Equal(0, unpinned.ExitCode);
    }

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Import_into_an_existing_kb_leaves_its_config_alone()
    {
        string kb = RepoPaths.TempFolder("import-existing");
        File.WriteAllText(Path.Combine(kb, "attackkb.json"), "{ \"exclude\": [\"x/**\"] }\n");
        var import = CliRunner.Run("import", Corpus.CertificatesSubset, "--only", "T1553.004", "--to", Path.Combine(kb, "notes"));
        Assert.Equal(0, import.ExitCode);
        Assert.Equal("{ \"exclude\": [\"x/**\"] }\n", File.ReadAllText(Path.Combine(kb, "attackkb.json")));
        Assert.False(Directory.Exists(Path.Combine(kb, "attack")));
    }
}
