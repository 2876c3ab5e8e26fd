package org.headwater.ingest.modbus;

import com.digitalpetri.modbus.ExceptionCode;
import com.digitalpetri.modbus.FunctionCode;
import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import com.digitalpetri.modbus.exceptions.UnknownUnitIdException;
import com.digitalpetri.modbus.pdu.ReadCoilsRequest;
import com.digitalpetri.modbus.pdu.ReadCoilsResponse;
import com.digitalpetri.modbus.pdu.ReadDiscreteInputsRequest;
import com.digitalpetri.modbus.pdu.ReadDiscreteInputsResponse;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersResponse;
import com.digitalpetri.modbus.pdu.ReadInputRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadInputRegistersResponse;
import com.digitalpetri.modbus.server.ModbusRequestContext;
import com.digitalpetri.modbus.server.ModbusServices;
import com.digitalpetri.modbus.server.ModbusTcpServer;
import com.digitalpetri.modbus.server.ProcessImage;
import com.digitalpetri.modbus.server.ReadOnlyModbusServices;
import com.digitalpetri.modbus.tcp.server.NettyTcpServerTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Modbus TCP device in the test's process: the library's own server over a process image, with
 * registers 0..999 (higher addresses answer ILLEGAL_DATA_ADDRESS, as a real device's do), unit 1
 * only, read functions only. It can be stopped and started again on the same port.
 */
final class InProcessModbusDevice implements AutoCloseable {

    static final int LAST_ADDRESS = 999;

    private final ProcessImage image = new ProcessImage();
    private final int port;
    private final AtomicLong requests = new AtomicLong();
    private ModbusTcpServer server;

    InProcessModbusDevice() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    int port() {
        return port;
    }

    long requests() {
        return requests.get();
    }

    void start() {
        NettyTcpServerTransport transport = NettyTcpServerTransport.create(config -> {
            config.setBindAddress("127.0.0.1");
            config.setPort(port);
        });
        server = ModbusTcpServer.create(transport, new Services());
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the Modbus server on port " + port, e);
        }
    }

    void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void holdingFloat(int address, float value, boolean lowWordFirst) {
        int bits = Float.floatToIntBits(value);
        int high = bits >>> 16;
        int low = bits & 0xFFFF;
        holding(address, lowWordFirst ? low : high);
        holding(address + 1, lowWordFirst ? high : low);
    }

    void holding(int address, int word) {
        image.with(tx -> tx.writeHoldingRegisters(registers -> registers.put(address, word(word))));
    }

    void input(int address, int word) {
        image.with(tx -> tx.writeInputRegisters(registers -> registers.put(address, word(word))));
    }

    void discreteInput(int address, boolean on) {
        image.with(tx -> tx.writeDiscreteInputs(inputs -> inputs.put(address, on)));
    }

    private static byte[] word(int value) {
        return ByteBuffer.allocate(2).putShort((short) value).array();
    }

    @Override
    public void close() {
        stop();
    }

    /** The library's read-only services over the image, refusing addresses past {@link #LAST_ADDRESS}. */
    private final class Services implements ModbusServices {
        private final ReadOnlyModbusServices image = new ReadOnlyModbusServices() {
            @Override
            protected Optional<ProcessImage> getProcessImage(int unitId) {
                return unitId == 1 ? Optional.of(InProcessModbusDevice.this.image) : Optional.empty();
            }
        };

        @Override
        public ReadCoilsResponse readCoils(ModbusRequestContext context, int unitId, ReadCoilsRequest request)
                throws ModbusResponseException, UnknownUnitIdException {
            check(FunctionCode.READ_COILS, request.address(), request.quantity());
            return image.readCoils(context, unitId, request);
        }

        @Override
        public ReadDiscreteInputsResponse readDiscreteInputs(
                ModbusRequestContext context, int unitId, ReadDiscreteInputsRequest request)
                throws ModbusResponseException, UnknownUnitIdException {
            check(FunctionCode.READ_DISCRETE_INPUTS, request.address(), request.quantity());
            return image.readDiscreteInputs(context, unitId, request);
        }

        @Override
        public ReadHoldingRegistersResponse readHoldingRegisters(
                ModbusRequestContext context, int unitId, ReadHoldingRegistersRequest request)
                throws ModbusResponseException, UnknownUnitIdException {
            check(FunctionCode.READ_HOLDING_REGISTERS, request.address(), request.quantity());
            return image.readHoldingRegisters(context, unitId, request);
        }

        @Override
        public ReadInputRegistersResponse readInputRegisters(
                ModbusRequestContext context, int unitId, ReadInputRegistersRequest request)
                throws ModbusResponseException, UnknownUnitIdException {
            check(FunctionCode.READ_INPUT_REGISTERS, request.address(), request.quantity());
            return image.readInputRegisters(context, unitId, request);
        }

        private void check(FunctionCode function, int address, int quantity) throws ModbusResponseException {
            requests.incrementAndGet();
            if (address + quantity - 1 > LAST_ADDRESS) {
                throw new ModbusResponseException(function, ExceptionCode.ILLEGAL_DATA_ADDRESS);
            }
        }
    }
}
