namespace AttackKb.Cli.Tests.Commands;

/// <summary>
/// `show` on the default KB against its pinned catalog: the technique with what ATT&amp;CK says about it — mitigations
/// (how each mitigates), procedure examples (who uses it, with the procedure text) and revocations.
/// Goldens: cases/show/&lt;ID&gt;.&lt;format&gt;.
/// </summary>
public class ShowCommandTests
{
    [Theory]
    [InlineData("T1553.004", "text", "txt")]
    [InlineData("T1553.004", "json", "json")]
    [InlineData("T1130", "text", "txt")]
    public void Show_matches_its_golden(string id, string format, string extension)
    {
        var r = CliRunner.Run("show", id, RepoPaths.Data, "--format", format);
        Assert.Equal(0, r.ExitCode);
        Golden.AssertMatches(Path.Combine(RepoPaths.Root, "tests", "AttackKb.Cli.Tests", "cases", "show", $"{id}.{extension}"), r.Stdout);
    }

    [Fact]
    public void Show_lists_mitigations_procedure_examples_and_the_revoked_technique_it_replaced()
    {
        var r = CliRunner.Run("show", "T1553.004", RepoPaths.Data, "--format", "json");
        using var doc = System.Text.Json.JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal(["M1028 Operating System Configuration", "M1054 Software Configuration"],
            root.GetProperty("mitigations").EnumerateArray().Select(Label));
        Assert.Equal(["S0009 Hikit", "S0148 RTM", "S0160 certutil", "S0281 Dok"],
            root.GetProperty("procedureExamples").EnumerateArray().Select(Label));
        Assert.All(root.GetProperty("procedureExamples").EnumerateArray(), p =>
        {
            Assert.Equal("software", p.GetProperty("kind").GetString());
            Assert.Contains("(Citation: ", p.GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.NotEqual(0, p.GetProperty("references").GetArrayLength());
        });
        Assert.Equal(["T1130 Install Root Certificate"],
            root.GetProperty("revocations").GetProperty("replaces").EnumerateArray().Select(Label));
    }

    [Fact]
    public void A_revoked_technique_names_what_replaced_it()
    {
        var r = CliRunner.Run("show", "T1130", RepoPaths.Data, "--format", "json");
        using var doc = System.Text.Json.JsonDocument.Parse(r.Stdout);
        Assert.Equal("T1553.004 Install Root Certificate",
            Label(doc.RootElement.GetProperty("revocations").GetProperty("replacedBy")));
    }

    /// <summary>
    /// The team's own mappings are listed beside ATT&amp;CK's and marked as the team's, with the release's status of each
    /// (G0057 is revoked, C9999 unknown); without a pinned release they are listed unchecked.
    /// </summary>
    [Theory]
    [InlineData("text", "txt", true)]
    [InlineData("json", "json", true)]
    [InlineData("text", "unpinned.txt", false)]
    public void Show_lists_the_teams_own_mappings_marked_as_the_teams(string format, string extension, bool pinned)
    {
        string folder = Path.Combine(RepoPaths.Root, "tests", "AttackKb.Cli.Tests", "cases", "show-team");
        string catalog = Path.Combine(RepoPaths.Data, "attack", "enterprise-attack-18.1.catalog.json");
        string[] args = pinned
            ? ["show", "T1553.004", Path.Combine(folder, "kb"), "--attack", catalog, "--format", format]
            : ["show", "T1553.004", Path.Combine(folder, "kb"), "--format", format];
        var r = CliRunner.Run(args);
        Assert.Equal(0, r.ExitCode);
        Golden.AssertMatches(Path.Combine(folder, $"T1553.004.{extension}"), r.Stdout);
    }

    private static string Label(System.Text.Json.JsonElement e) =>
        $"{e.GetProperty("id").GetString()} {e.GetProperty("name").GetString()}";
}
