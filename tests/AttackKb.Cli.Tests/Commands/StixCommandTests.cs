namespace AttackKb.Cli.Tests.Commands;

/// <summary>`attackkb stix`: issue 4's acceptance command, stdout output, and the exit code when notes are left out.</summary>
public class StixCommandTests
{
    [Fact]
    public void Default_kb_exports_with_exit_0_and_identical_bytes_on_a_second_run()
    {
        string folder = RepoPaths.TempFolder("stix-cli");
        string first = Path.Combine(folder, "out.json"), second = Path.Combine(folder, "again", "out.json");

        var r = CliRunner.Run("stix", RepoPaths.Data, "-o", first);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains($"STIX objects written to {first}", r.Stderr);
        Assert.Equal(0, CliRunner.Run("stix", RepoPaths.Data, "-o", second).ExitCode);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp-*")); // written through a temp file, then moved
    }

    [Fact]
    public void Dash_writes_the_bundle_to_stdout()
    {
        string file = Path.Combine(RepoPaths.TempFolder("stix-cli"), "out.json");
        Assert.Equal(0, CliRunner.Run("stix", RepoPaths.Data, "-o", file).ExitCode);
        var r = CliRunner.Run("stix", RepoPaths.Data, "-o", "-");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(File.ReadAllText(file), r.Stdout);
    }

    [Fact]
    public void A_note_with_errors_is_reported_exit_1_and_the_bundle_is_still_written()
    {
        string kb = RepoPaths.TempFolder("stix-cli-kb");
        File.WriteAllText(Path.Combine(kb, "T1649.md"), "---\nkind: technique\nmitre_attack_url: https://attack.mitre.org/techniques/T1649\nname: Steal or Forge Authentication Certificates\ntactics: [no-such-tactic]\n---\n# x\n");
        // Outside the KB: an output inside it is refused (exit 2).
        string output = Path.Combine(RepoPaths.TempFolder("stix-cli-out"), "bundle.json");
        var r = CliRunner.Run("stix", kb, "--attack", Path.Combine(RepoPaths.Data, "attack", "enterprise-attack-18.1.catalog.json"), "-o", output);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("error AKB7001: T1649 is not exported to STIX", r.Stderr);
        Assert.Contains("\"type\": \"bundle\"", File.ReadAllText(output));
    }

    [Fact]
    public void Output_is_required()
    {
        Assert.Equal(2, CliRunner.Run("stix", RepoPaths.Data).ExitCode);
    }
}
