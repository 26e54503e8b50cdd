package dyad.gui;

import dyad.scenario.Language;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import sim.display.Console;

/** Opens live mode: MASON's console with the chart and events windows; or runs some months and takes a screenshot. */
public final class LiveMode {

    private LiveMode() {
    }

    /** Whether a window can be opened here: false without a display (no X server, or headless Java). */
    public static boolean hasDisplay() {
        return !GraphicsEnvironment.isHeadless();
    }

    /**
     * Opens the windows and runs {@code steps} months. With {@code snapshot}, saves a screenshot of the chart
     * window as PNG there and closes everything; otherwise leaves the console open (paused after the months run,
     * so that play goes on from there) until it is closed.
     */
    public static void open(LiveSession session, Language language, int steps, Path snapshot)
            throws IOException, InterruptedException {
        LiveGui gui = new LiveGui(session, language);
        Console[] console = new Console[1];
        onSwing(() -> {
            console[0] = new Console(gui);
            console[0].setVisible(true);
        });
        if (steps > 0) {
            // started as the console's pause button starts it: paused, so that play (or step) goes on from here
            onSwing(() -> console[0].pressPause());
            synchronized (gui.state.schedule) {
                for (int m = 0; m < steps && gui.step(); m++) {
                    // the chart shows the months as they run
                }
            }
            onSwing(() -> {
                gui.refresh();
                console[0].refresh();
            });
        }
        if (snapshot != null) {
            BufferedImage[] image = new BufferedImage[1];
            onSwing(() -> image[0] = screenshot(gui.chartFrame()));
            Path parent = snapshot.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(image[0], "png", snapshot.toFile());
            onSwing(() -> {
                console[0].pressStop();
                gui.quit();
                console[0].setVisible(false);
                console[0].dispose();
            });
            return;
        }
        CountDownLatch closed = new CountDownLatch(1);
        onSwing(() -> console[0].addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                closed.countDown();
            }
        }));
        closed.await();
    }

    /** The window as drawn, painted into an image (the same pixels on any display, with or without a window manager). */
    static BufferedImage screenshot(JFrame frame) {
        frame.validate();
        int width = frame.getContentPane().getWidth();
        int height = frame.getContentPane().getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        frame.getContentPane().printAll(g);
        g.dispose();
        return image;
    }

    private static void onSwing(Runnable action) throws InterruptedException {
        try {
            SwingUtilities.invokeAndWait(action);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
