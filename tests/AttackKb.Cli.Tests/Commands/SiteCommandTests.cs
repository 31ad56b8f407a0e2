namespace AttackKb.Cli.Tests.Commands;

/// <summary>`attackkb site` and `attackkb layer`: whole-folder replacement, refusals, and the layer's bytes.</summary>
public class SiteCommandTests
{
    [Fact]
    public void Site_writes_the_whole_site_and_replaces_the_previous_one()
    {
        string output = Path.Combine(RepoPaths.TempFolder("site-cli"), "public");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "stale.html"), "from an earlier run");

        var r = CliRunner.Run("site", RepoPaths.Data, "-o", output);

        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Matches(@"attackkb: site: \d+ pages \(\d+ techniques, \d+ detections\)", r.Stderr);
        foreach (string file in new[] { "index.html", "404.html", "matrix.html", "rules.html", "search/index.js", "coverage.json", "techniques/T1553.004.html" })
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(output)!, ".public.attackkb-*"));
    }

    [Fact]
    public void Site_refuses_an_output_folder_inside_the_knowledge_base()
    {
        var r = CliRunner.Run("site", RepoPaths.Data, "-o", Path.Combine(RepoPaths.Data, "public"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("outside the knowledge base", r.Stderr);
        Assert.False(Directory.Exists(Path.Combine(RepoPaths.Data, "public")));
    }

    [Fact]
    public void Site_refuses_an_output_that_is_a_file_and_leaves_it_alone()
    {
        string file = Path.Combine(RepoPaths.TempFolder("site-cli"), "notes.txt");
        File.WriteAllText(file, "a user's file");
        var r = CliRunner.Run("site", RepoPaths.Data, "-o", file);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("is a file", r.Stderr);
        Assert.Equal("a user's file", File.ReadAllText(file));
        Assert.Single(Directory.GetFileSystemEntries(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public void A_failed_run_leaves_the_previous_site_untouched()
    {
        string kb = RepoPaths.TempFolder("site-cli-kb");
        File.WriteAllText(Path.Combine(kb, "attackkb.json"), "{ \"site\": { \"hub\": \"T1649\" } }");
        string output = Path.Combine(RepoPaths.TempFolder("site-cli"), "public");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "the published site");

        var r = CliRunner.Run("site", kb, "-o", output);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("'site.hub' must be an array", r.Stderr);
        Assert.Equal("the published site", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Single(Directory.GetFileSystemEntries(Path.GetDirectoryName(output)!));
    }

    [Fact]
    public void Layer_writes_the_same_bytes_the_site_publishes_and_can_prefix_links_with_the_site_url()
    {
        string folder = RepoPaths.TempFolder("layer-cli");
        Assert.Equal(0, CliRunner.Run("site", RepoPaths.Data, "-o", Path.Combine(folder, "site")).ExitCode);

        var r = CliRunner.Run("layer", RepoPaths.Data, "-o", Path.Combine(folder, "coverage.json"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "site", "coverage.json")), File.ReadAllBytes(Path.Combine(folder, "coverage.json")));

        var stdout = CliRunner.Run("layer", RepoPaths.Data, "-o", "-", "--base-url", "https://cti.example/kb");
        Assert.Equal(0, stdout.ExitCode);
        Assert.Contains("\"url\": \"https://cti.example/kb/techniques/T1553.004.html\"", stdout.Stdout);
        Assert.Contains("\"layer\": \"4.5\"", stdout.Stdout);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("//evil.example/")]
    public void Layer_refuses_a_base_url_that_is_not_http(string url)
    {
        var r = CliRunner.Run("layer", RepoPaths.Data, "-o", "-", "--base-url", url);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--base-url must be an http(s) URL", r.Stderr);
    }
}
