using System.Text.Json;
using EditorialLint.LanguageServer.Workspace;

namespace EditorialLint.LanguageServer.Tests.Workspace;

public class ServerSettingsTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Fact]
    public void Reads_the_editorialLint_section()
    {
        var settings = ServerSettings.Parse(Json("""
            {"editorialLint":{"minSeverity":"Warning","publicationDate":"2026-02-04","enabledStyles":["AP"],"configPath":"cfg/.vale.ini","debounceMs":50}}
            """));
        Assert.Equal("warning", settings.MinSeverity);
        Assert.Equal(new DateOnly(2026, 2, 4), settings.PublicationDate);
        Assert.Equal(["AP"], settings.EnabledStyles);
        Assert.Equal("cfg/.vale.ini", settings.ConfigPath);
        Assert.Equal(50, settings.DebounceMs);
        Assert.Empty(settings.Problems);
    }

    [Fact]
    public void Reads_a_bare_section_object()
    {
        var settings = ServerSettings.Parse(Json("""{"minSeverity":"error"}"""));
        Assert.Equal("error", settings.MinSeverity);
        Assert.Equal(ServerSettings.DefaultDebounceMs, settings.DebounceMs);
    }

    [Fact]
    public void Invalid_values_keep_the_previous_value_and_are_reported()
    {
        var previous = ServerSettings.Default with { MinSeverity = "info", DebounceMs = 80 };
        var settings = ServerSettings.Parse(Json("""{"minSeverity":"loud","publicationDate":"Feb 4","debounceMs":-3}"""), previous);
        Assert.Equal("info", settings.MinSeverity);
        Assert.Null(settings.PublicationDate);
        Assert.Equal(80, settings.DebounceMs);
        Assert.Equal(3, settings.Problems.Count);
    }

    [Fact]
    public void Null_clears_a_value()
    {
        var previous = ServerSettings.Default with { PublicationDate = new DateOnly(2026, 1, 1) };
        Assert.Null(ServerSettings.Parse(Json("""{"publicationDate":null}"""), previous).PublicationDate);
    }
}
