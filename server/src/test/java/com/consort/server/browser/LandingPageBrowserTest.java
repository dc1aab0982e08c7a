package com.consort.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "consort.demo-data=false")
@TestPropertySource(properties = "consort.data-dir=target/test-data/${random.uuid}")
class LandingPageBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void theLandingPageRendersInARealBrowser() throws Exception {
        try (var browser = HeadlessChromium.start()) {
            browser.driver().get("http://localhost:" + port + "/");

            assertThat(browser.driver().getTitle()).contains("Consort");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(browser.screenshotPng()));
            assertThat(shot.getWidth()).isGreaterThan(600);
        }
    }
}
