package dev.peftu.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * Token ids of several texts padded to the longest of them, as the encoder reads them.
 *
 * @param tokenIds {@code [batch, length]} int64 token ids, zero where padded
 * @param attentionMask {@code [batch, length]} float32, 1 for real tokens and 0 for padding
 */
public record EncodedBatch(NDArray tokenIds, NDArray attentionMask) {

    /**
     * Pads token id sequences into a batch.
     *
     * @param manager the manager that owns the arrays (close it after the step)
     * @param sequences token ids per text, each non-empty
     * @return the padded batch
     */
    public static EncodedBatch pad(NDManager manager, List<long[]> sequences) {
        int rows = sequences.size();
        int length = 0;
        for (long[] ids : sequences) {
            length = Math.max(length, ids.length);
        }
        long[] ids = new long[rows * length];
        float[] mask = new float[rows * length];
        for (int r = 0; r < rows; r++) {
            long[] row = sequences.get(r);
            System.arraycopy(row, 0, ids, r * length, row.length);
            for (int t = 0; t < row.length; t++) {
                mask[r * length + t] = 1f;
            }
        }
        Shape shape = new Shape(rows, length);
        return new EncodedBatch(manager.create(ids, shape), manager.create(mask, shape).toType(DataType.FLOAT32, false));
    }

    /** Returns the number of texts. */
    public int size() {
        return (int) tokenIds.getShape().get(0);
    }

    /** Returns the padded length. */
    public int length() {
        return (int) tokenIds.getShape().get(1);
    }
}
