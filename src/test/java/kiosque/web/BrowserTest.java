package kiosque.web;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real headless Chromium on the real server: the search journey, and hostile articles that must stay text. */
class BrowserTest {
    @TempDir static Path dir;
    @TempDir static Path profile;
    static TestServer server;
    static ChromeDriver browser;

    @BeforeAll static void start() throws Exception {
        server = TestServer.start(dir, Fixtures.archive());
        browser = Browser.start(profile, 1280, 1100);
    }

    @AfterAll static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @Test void typeAQueryNarrowByAnActorAndSeeMarkedExcerpts() throws Exception {
        browser.get(server.base() + "/");
        WebElement box = browser.findElement(By.cssSelector("input[type=search][name=q]"));
        assertEquals("Rechercher dans les archives", browser.findElement(By.cssSelector("label[for=q]")).getAttribute("textContent"));
        box.sendKeys("negociations", Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("q=negociations"));
        assertTrue(browser.findElement(By.cssSelector(".count strong")).getText().matches("\\d+"));
        assertEquals("Pertinence", browser.findElement(By.cssSelector(".sort a.is-current")).getText(),
                "the newest-first order of the empty home page does not stick to a typed query");
        Browser.screenshot(browser, "search-page");

        WebElement poutine = browser.findElements(By.cssSelector(".facets .facet-link")).stream()
                .filter(a -> a.getText().contains("Vladimir Poutine")).findFirst().orElseThrow(() -> new AssertionError("no Poutine facet"));
        poutine.click();
        waiting().until(ExpectedConditions.urlContains("actor=Vladimir+Poutine"));

        List<WebElement> hits = browser.findElements(By.cssSelector("ol.hits > li"));
        assertEquals(2, hits.size(), "two articles name Vladimir Poutine");
        assertEquals("2", browser.findElement(By.cssSelector(".count strong")).getText());
        List<WebElement> marks = browser.findElements(By.cssSelector("ol.hits .excerpt mark"));
        assertFalse(marks.isEmpty(), "excerpts mark the matched words");
        assertTrue(marks.stream().allMatch(m -> m.getText().toLowerCase().startsWith("négociation")), "marks are on the query word");
        assertEquals("Vladimir Poutine", browser.findElement(By.cssSelector(".active-filters .filter-chip span:nth-child(2)")).getText());
        assertTrue(browser.findElement(By.cssSelector(".facets .facet-link.is-selected")).getText().contains("Vladimir Poutine"));

        // the filter removes itself from the active chip, and the URL alone restores the view
        String narrowed = browser.getCurrentUrl();
        browser.findElement(By.cssSelector(".active-filters .filter-chip")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("actor="));
        browser.get(narrowed);
        assertEquals(2, browser.findElements(By.cssSelector("ol.hits > li")).size());
    }

    @Test void theSyntaxHelpOpensAndItsPrefixExampleWorks() {
        browser.get(server.base() + "/");
        WebElement help = browser.findElement(By.cssSelector("footer details.syntax"));
        assertFalse(help.findElement(By.cssSelector("dl")).isDisplayed(), "closed until asked for");
        help.findElement(By.tagName("summary")).click();
        assertTrue(help.findElement(By.cssSelector("dl")).isDisplayed());
        assertTrue(help.getText().contains("attent*"), help.getText());
        // A prefix typed as the word is spelt: « somm* » reaches sommet, which the index holds as somet.
        WebElement box = browser.findElement(By.cssSelector("input[type=search][name=q]"));
        box.sendKeys("somm*", Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("q=somm"));
        assertTrue(Integer.parseInt(browser.findElement(By.cssSelector(".count strong")).getText()) > 0);
        List<WebElement> marks = browser.findElements(By.cssSelector("ol.hits .excerpt mark"));
        assertFalse(marks.isEmpty(), "the words the prefix reached are marked");
        assertTrue(marks.stream().allMatch(m -> m.getText().toLowerCase().startsWith("somm")), "and only those");
    }

    @Test void timelineBarsFilterByMonth() {
        browser.get(server.base() + "/?q=negociations");
        WebElement bar = browser.findElement(By.cssSelector(".timeline-svg a[aria-label^='juin 2019']"));
        bar.click();
        waiting().until(ExpectedConditions.urlContains("from="));
        assertTrue(browser.getCurrentUrl().contains("from=2019-06&to=2019-06"), browser.getCurrentUrl());
        assertEquals(1, browser.findElements(By.cssSelector("ol.hits > li")).size());
        assertEquals("Poutine à Paris", browser.findElement(By.cssSelector(".hit-title a")).getText());
    }

    @Test void hostileContentIsShownAsTextAndNothingRuns() throws Exception {
        String articlePath = "/articles/" + URLEncoder.encode(Fixtures.HOSTILE_ID, StandardCharsets.UTF_8);
        for (String path : List.of("/?q=" + URLEncoder.encode("piégées", StandardCharsets.UTF_8), articlePath,
                "/?actor=" + URLEncoder.encode("<script>alert(3)</script>", StandardCharsets.UTF_8))) {
            browser.get(server.base() + path);
            String title = browser.getTitle();
            // the hostile scripts would replace the whole title; quoting them as text leaves the page's own title
            assertTrue(title.contains("Kiosque") && !title.startsWith("pwned"), path + ": a script ran and set the title to " + title);
            assertNull(browser.executeScript("return window.pwned === undefined ? null : String(window.pwned);"), path + ": window.pwned was set");
            assertEquals(0L, browser.executeScript("return document.querySelectorAll('script, iframe, img, object, embed, b').length;"),
                    path + ": hostile markup became elements");
            assertEquals(0L, browser.executeScript("return Array.from(document.querySelectorAll('[href],[src]'))"
                    + ".filter(e => /^\\s*javascript:/i.test(e.getAttribute('href') || e.getAttribute('src') || '')).length;"),
                    path + ": a javascript: link was rendered");
            assertEquals(0L, browser.executeScript("return Array.from(document.querySelectorAll('*'))"
                    + ".filter(e => Array.from(e.attributes).some(a => a.name.startsWith('on'))).length;"), path + ": an event handler attribute exists");
        }
        browser.get(server.base() + articlePath);
        String text = browser.findElement(By.tagName("main")).getText();
        assertTrue(text.contains("<script>document.title='pwned-title'</script>"), "the hostile title reads as text");
        assertTrue(text.contains("onerror=\"document.title='pwned-body'\""), "the hostile body reads as text");
        assertTrue(text.contains("javascript:document.title='pwned-url'"), "the unsafe url is shown, unlinked");
        assertTrue(browser.findElements(By.linkText("Lire l’article original ↗")).isEmpty());
        Browser.screenshot(browser, "hostile-article");
    }
}
