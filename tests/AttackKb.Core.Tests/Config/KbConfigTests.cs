using AttackKb.Core.Config;

namespace AttackKb.Core.Tests.Config;

/// <summary>attackkb.json is checked against one schema when loaded: a typo is located and named, never ignored.</summary>
public class KbConfigTests
{
    [Theory]
    [InlineData("{\n  \"exlude\": [\"x/**\"]\n}", "(2,3): unknown key 'exlude' (did you mean 'exclude'?)")]
    [InlineData("{ \"severty\": { \"AKB2003\": \"none\" } }", "(1,3): unknown key 'severty' (did you mean 'severity'?)")]
    [InlineData("{\n \"site\": {\n  \"titel\": \"X\" } }", "(3,3): unknown key 'titel' in 'site' (did you mean 'title'?)")]
    [InlineData("{ \"stix\": { \"ownr\": \"A\" } }", "(1,13): unknown key 'ownr' in 'stix' (did you mean 'owner'?)")]
    [InlineData("{ // note\n \"zzz\": 1 }", "(2,2): unknown key 'zzz'; known keys: attack, detectionGaps, exclude,")]
    public void An_unknown_key_is_a_config_error_at_its_position_with_the_key_it_probably_meant(string json, string message)
    {
        string path = Write(json);
        var e = Assert.Throws<ConfigException>(() => KbConfig.Load(path));
        Assert.Contains(path + message, e.Message);
    }

    [Fact]
    public void Every_unknown_key_is_reported_and_free_form_sections_are_not_checked_for_keys()
    {
        string path = Write("{ \"a\": 1, \"b\": 2, \"detectionGaps\": { \"T1001\": \"why\" } }");
        var e = Assert.Throws<ConfigException>(() => KbConfig.Load(path));
        Assert.Equal(2, e.Message.Split('\n').Length);
        var ok = KbConfig.Load(Write("{ \"detectionGaps\": { \"T1001\": \"why\" }, \"site\": { \"title\": \"T\" } }"));
        Assert.Equal("why", ok.DetectionGaps["T1001"]);
    }

    [Fact]
    public void The_default_knowledge_base_config_is_valid() =>
        Assert.NotNull(KbConfig.Load(Path.Combine(RepoPaths.Data, KbConfig.FileName)).Attack);

    [Fact]
    public void A_config_saved_with_a_utf8_byte_order_mark_loads_and_its_keys_are_still_checked()
    {
        string path = Write("{ \"site\": { \"title\": \"With BOM\" } }", byteOrderMark: true);
        Assert.Equal(0xEF, File.ReadAllBytes(path)[0]);
        Assert.Equal("With BOM", KbConfig.Load(path).Section("site")?.GetProperty("title").GetString());
        var e = Assert.Throws<ConfigException>(() => KbConfig.Load(Write("{ \"zzz\": 1 }", byteOrderMark: true)));
        Assert.Contains("unknown key 'zzz'", e.Message);
    }

    private static string Write(string json, bool byteOrderMark = false)
    {
        string path = Path.Combine(RepoPaths.TempFolder("config"), KbConfig.FileName);
        File.WriteAllText(path, json, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: byteOrderMark));
        return path;
    }
}
